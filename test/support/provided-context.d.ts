// Values the global setups hand to tests through `inject()`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fake Coze upstream (worker tests). */
    fakeUpstreamUrl: string;
    /** Origin of the locally running playground (browser and e2e tests). */
    baseUrl: string;
  }
}
export {};
