/** API paths asked for both by the app's queries and by the boot script (which takes no other code). */
export const apiPaths = {
  me: "/api/me",
  topic: (topicId: string) => `/api/topics/${encodeURIComponent(topicId)}`,
};
