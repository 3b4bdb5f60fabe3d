import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { accountKeys } from "./account-queries.js";
import { ApiError } from "./client.js";

/**
 * The app's query cache. A 401 anywhere means the session has ended (signed out elsewhere, timed
 * out, account disabled): asking who is signed in again lets the sign-in gate take over.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: Error) => {
    if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: accountKeys.me });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => count < 2 && !(error instanceof ApiError && [401, 403, 404].includes(error.status)),
      },
    },
  });
  return queryClient;
}
