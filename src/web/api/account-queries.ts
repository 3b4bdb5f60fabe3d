import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreatedTokenResponse,
  MeResponse,
  SessionListResponse,
  TokenListResponse,
  TokenScope,
} from "../../shared/api/index.js";
import { api } from "./client.js";
import { apiPaths } from "./paths.js";
import { isVisitor } from "./visitor.js";

export const accountKeys = {
  me: ["me"] as const,
  sessions: ["sessions"] as const,
  tokens: ["tokens"] as const,
};

/** Who is signed in; the page decides from it whether to show the sign-in screen (multi-user mode). */
export const meQuery = queryOptions({
  queryKey: accountKeys.me,
  queryFn: () => api.get<MeResponse>(apiPaths.me),
  staleTime: 5 * 60_000,
});
export const useMe = () => useQuery(meQuery);

export function useIsVisitor(): boolean {
  return isVisitor(useMe().data);
}

/**
 * Everything cached belonged to whoever was signed in: a change of person starts from nothing,
 * so no page shows the last person's data for a moment.
 */
function useStartOver() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.clear();
    return queryClient.invalidateQueries({ queryKey: accountKeys.me });
  };
}

export function useSignIn() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<unknown>("/api/auth/sign-in/email", body),
    onSuccess: startOver,
  });
}

/**
 * Starts signing in with an OIDC provider or GitHub: the server answers with the provider's page,
 * which sends the browser back to `next` on this site afterwards.
 */
export const useSignInWithProvider = () =>
  useMutation({
    mutationFn: async ({ provider, next }: { provider: string; next: string }) => {
      const { url } = await api.post<{ url: string }>("/api/auth/sign-in/social", {
        provider,
        callbackURL: new URL(next, window.location.origin).toString(),
        errorCallbackURL: new URL("/sign-in?failed=provider", window.location.origin).toString(),
      });
      window.location.assign(url);
    },
  });

export function useSignUp() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (body: { name: string; email: string; password: string }) => api.post<unknown>("/api/auth/sign-up/email", body),
    onSuccess: startOver,
  });
}

export function useSignOut() {
  const startOver = useStartOver();
  return useMutation({ mutationFn: () => api.post<unknown>("/api/auth/sign-out", {}), onSettled: startOver });
}

/** Mails a reset link that opens the reset page; the answer is the same whether the account exists or not. */
export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: (email: string) =>
      api.post<unknown>("/api/auth/request-password-reset", {
        email,
        redirectTo: new URL("/reset-password", window.location.origin).toString(),
      }),
  });

export const useResetPassword = () =>
  useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => api.post<unknown>("/api/auth/reset-password", body),
  });

export const useSessions = () =>
  useQuery({ queryKey: accountKeys.sessions, queryFn: () => api.get<SessionListResponse>("/api/sessions") });

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api.delete<null>(`/api/sessions/${encodeURIComponent(sessionId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
}

export function useSignOutEverywhere() {
  const startOver = useStartOver();
  return useMutation({ mutationFn: () => api.delete<{ ended: number }>("/api/sessions"), onSuccess: startOver });
}

export const useTokens = () =>
  useQuery({ queryKey: accountKeys.tokens, queryFn: () => api.get<TokenListResponse>("/api/tokens") });

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; scopes: TokenScope[]; days: number | null }) =>
      api.post<CreatedTokenResponse>("/api/tokens", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete<null>(`/api/tokens/${encodeURIComponent(tokenId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.tokens }),
  });
}

export function useDeleteAccount() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (password: string) => api.post<unknown>("/api/auth/delete-user", { password }),
    onSuccess: startOver,
  });
}
