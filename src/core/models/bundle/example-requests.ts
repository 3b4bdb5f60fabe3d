import type { TensorDatatype } from "../../../shared/models/names.js";
import type { ModelSignature, TensorSpec } from "../../../shared/api/index.js";

type Zero = number | boolean | string;
type Nested = Zero | Nested[];

function zeroOf(datatype: TensorDatatype): Zero {
  if (datatype === "BOOL") return false;
  if (datatype === "BYTES") return "";
  return 0;
}

/** The shape of an example tensor: one row where the size is free. */
function exampleShape(tensor: TensorSpec): number[] {
  return tensor.shape.map((size) => (size === -1 ? 1 : size));
}

function filled(shape: readonly number[], value: Zero): Nested {
  const [size, ...rest] = shape;
  if (size === undefined) return value;
  return Array.from({ length: size }, () => filled(rest, value));
}

/**
 * A `POST /predict` body for the model: a batch of zeros (false, "" for BOOL and BYTES), one
 * instance where the batch size is free. An instance is the input's row, or {input: row} for
 * several inputs; it is what the README's curl example sends, so it must be a valid request.
 */
export function examplePredictBody(signature: ModelSignature): { instances: unknown[] } {
  const rows = signature.inputs.map((tensor) => {
    const [batch = 1, ...row] = exampleShape(tensor);
    return { name: tensor.name, batch, row: filled(row, zeroOf(tensor.datatype)) };
  });
  const count = Math.min(...rows.map((input) => input.batch));
  const instance = (): unknown =>
    rows.length === 1 ? rows[0]?.row : Object.fromEntries(rows.map((input) => [input.name, input.row]));
  return { instances: Array.from({ length: count }, instance) };
}

/** A `POST /v2/models/<name>/infer` body for the model: zeros of each input's shape, data flat. */
export function exampleInferBody(signature: ModelSignature): {
  inputs: { name: string; shape: number[]; datatype: TensorDatatype; data: Zero[] }[];
} {
  return {
    inputs: signature.inputs.map((tensor) => {
      const shape = exampleShape(tensor);
      const size = shape.reduce((product, dimension) => product * dimension, 1);
      return {
        name: tensor.name,
        shape,
        datatype: tensor.datatype,
        data: Array.from({ length: size }, () => zeroOf(tensor.datatype)),
      };
    }),
  };
}
