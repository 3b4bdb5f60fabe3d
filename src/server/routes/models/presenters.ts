import type { StoredModel, StoredVersion } from "../../../core/services/model-registry.js";

/** A version as the API shows it: every field listed, so database rows never leak. */
export function presentVersion(version: StoredVersion) {
  return {
    version: version.row.version,
    sha256: version.row.sha256,
    sizeBytes: Number(version.row.size_bytes),
    createdAt: version.row.created_at,
    aliases: [...version.aliases],
    signature: version.signature,
    opsets: { ...version.opsets },
    card: version.card,
  };
}

export function presentModelSummary(model: StoredModel) {
  return {
    name: model.row.name,
    createdAt: model.row.created_at,
    updatedAt: model.row.updated_at,
    latestVersion: model.versions[0]?.row.version ?? null,
    versionCount: model.versions.length,
    aliases: { ...model.aliases },
  };
}

export function presentModel(model: StoredModel) {
  return { ...presentModelSummary(model), versions: model.versions.map(presentVersion) };
}
