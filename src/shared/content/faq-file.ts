import { z } from "zod";

/** `content/faq.yaml`: questions learners ask before they start, answered in Markdown. */
export const FaqFileSchema = z.strictObject({
  questions: z
    .array(z.strictObject({ question: z.string().trim().min(1), answer: z.string().trim().min(1) }))
    .min(1),
});

export type FaqFile = z.infer<typeof FaqFileSchema>;
export type FaqEntry = FaqFile["questions"][number];
