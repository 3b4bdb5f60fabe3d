import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AccountInviteListResponse,
  AccountListResponse,
  AuditLogResponse,
  CreatedAccountInvite,
  GradingStatusResponse,
  PublicAreaListResponse,
  RetryGradingResponse,
  UserRole,
} from "../../shared/api/index.js";
import { accountKeys } from "./account-queries.js";
import { api } from "./client.js";

const keys = {
  all: ["admin"] as const,
  accounts: ["admin", "users"] as const,
  audit: ["admin", "audit"] as const,
  invites: ["admin", "invites"] as const,
  publicAreas: ["admin", "public-areas"] as const,
  grading: ["admin", "grading"] as const,
};

export const useAccounts = () =>
  useQuery({ queryKey: keys.accounts, queryFn: () => api.get<AccountListResponse>("/api/admin/users") });

export function useChangeAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...change }: { userId: string; role?: UserRole; disabled?: boolean }) =>
      api.patch<unknown>(`/api/admin/users/${encodeURIComponent(userId)}`, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export const useAuditLog = () => useQuery({ queryKey: keys.audit, queryFn: () => api.get<AuditLogResponse>("/api/admin/audit") });

export const useAccountInvites = () =>
  useQuery({ queryKey: keys.invites, queryFn: () => api.get<AccountInviteListResponse>("/api/admin/invites") });

export function useInviteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: UserRole; days: number }) =>
      api.post<CreatedAccountInvite>("/api/admin/invites", body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useWithdrawInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => api.delete<null>(`/api/admin/invites/${encodeURIComponent(inviteId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export const usePublicAreas = () =>
  useQuery({ queryKey: keys.publicAreas, queryFn: () => api.get<PublicAreaListResponse>("/api/admin/public-areas") });

export function useSetPublicArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ area, open }: { area: string; open: boolean }) =>
      api.put<unknown>(`/api/admin/public-areas/${encodeURIComponent(area)}`, { open }),
    // The audit log and what /api/me says visitors may read both changed.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.me }),
      ]),
  });
}

export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api.post<{ role: UserRole }>("/api/invites/accept", { token }),
    // The role changed: the menu and pages that depend on it ask again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.me }),
  });
}

/** The grading queue, refreshed every 5 seconds while the page is open: it changes with every attempt. */
export const useGradingStatus = () =>
  useQuery({
    queryKey: keys.grading,
    queryFn: () => api.get<GradingStatusResponse>("/api/admin/grading"),
    refetchInterval: 5000,
  });

export function useRetryGrading() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RetryGradingResponse>("/api/admin/grading/retry", {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
