import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import type { Handler } from '../call';

/** The RTC app id the sandbox's rooms and lives use. */
const RTC_APP_ID = '6705332c79516e015e3e5f0c';

/**
 * GET /v1/audio/live/:live_id: the sandbox's one live (an interpreted talk), its original stream
 * and an English translation; any other id is 4200.
 */
export const retrieveLive: Handler = async ({ path }) => {
  const id = String(path['live_id']);
  if (id !== SANDBOX_IDS.live)
    throw new CozeError(CozeCode.notFound, `Live ${id} not found: the sandbox has ${SANDBOX_IDS.live}`);
  return {
    data: {
      app_id: RTC_APP_ID,
      stream_infos: [
        { stream_id: `${id}_origin`, name: 'Original (zh)', live_type: 'origin' },
        { stream_id: `${id}_en`, name: 'English interpretation', live_type: 'translation' },
      ],
    },
  };
};
