import { SANDBOX_USER, iconUrl } from '../fixtures';
import { PEOPLE } from '../platform-fixtures';
import type { Handler } from '../call';

/** GET /v1/users/me: the sandbox user, whom every token of a session stands for. */
export const retrieveMe: Handler = async () => {
  const person = PEOPLE[SANDBOX_USER.id]!;
  return {
    data: {
      user_id: SANDBOX_USER.id,
      user_name: person.uniqueName,
      nick_name: person.nickname,
      avatar_url: iconUrl('U', '#475467'),
    },
  };
};
