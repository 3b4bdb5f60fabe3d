/** A model's name: what its URLs use, unique per learner. */
export const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** An alias such as `production`; it starts with a letter so that it never reads as a version number. */
export const MODEL_ALIAS_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;

/** The aliases the model page offers first; any name matching {@link MODEL_ALIAS_PATTERN} works. */
export const SUGGESTED_ALIASES = ["production", "staging"] as const;

/** The Open Inference Protocol's tensor datatypes. */
export const TENSOR_DATATYPES = [
  "BOOL",
  "UINT8",
  "UINT16",
  "UINT32",
  "UINT64",
  "INT8",
  "INT16",
  "INT32",
  "INT64",
  "FP16",
  "FP32",
  "FP64",
  "BYTES",
] as const;

export type TensorDatatype = (typeof TENSOR_DATATYPES)[number];
