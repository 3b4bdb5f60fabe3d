/** Notes are for the learner's own thoughts, not for storing files; 20,000 characters is ~3,000 words. */
export const NOTE_MAX_LENGTH = 20_000;
