import type { Insertable, Selectable } from "kysely";

export interface ModelsTable {
  id: string;
  user_id: string;
  /** Unique per learner; what the model's URLs use. */
  name: string;
  created_at: string;
  updated_at: string;
}

export interface ModelVersionsTable {
  id: string;
  model_id: string;
  /** 1, 2, 3 … per model, never reused. */
  version: number;
  sha256: string;
  size_bytes: number;
  file_name: string | null;
  /** Inputs and outputs as onnxruntime read them (shared/api/models.ts ModelSignature). */
  signature_json: string;
  /** Operator set versions by domain. */
  opsets_json: string;
  /** The model card (shared/api/models.ts ModelCard). */
  card_json: string;
  created_at: string;
}

export interface ModelAliasesTable {
  model_id: string;
  alias: string;
  version_id: string;
  updated_at: string;
}

export type ModelRow = Selectable<ModelsTable>;
export type ModelVersionRow = Selectable<ModelVersionsTable>;
export type NewModelVersionRow = Insertable<ModelVersionsTable>;
export type ModelAliasRow = Selectable<ModelAliasesTable>;
