import { APP_PY_BODY } from "./app-py-body.js";
import type { TensorSpec } from "../../../shared/api/index.js";
import type { SelfHostBundleInput } from "./bundle-input.js";
import { pythonLiteral } from "./python-literal.js";

const HEADER = `# Serves one ONNX model over HTTP the way Stepwise serves it:
#   POST /predict and POST /api/models/<name>/predict   {"instances": [...]} -> {"predictions": [...]}
#   the Open Inference Protocol v2 under /v2 (what KServe, Triton and MLServer speak)
# Made by Stepwise; README.md beside this file shows requests for this model.
#
#   python app.py                      Flask's development server, to try it out
#   gunicorn --workers 2 app:app       what the Dockerfile runs
# PORT sets the port (default 8080). model.onnx must be beside this file.
import json
import math
import os
import uuid

import numpy as np
import onnxruntime as ort
from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException
`;

function tensorList(tensors: readonly TensorSpec[]): string {
  // One tensor per line, keys in the order the protocol lists them, so a diff of two bundles reads well.
  const lines = tensors.map(
    (tensor) => `    ${pythonLiteral({ name: tensor.name, datatype: tensor.datatype, shape: tensor.shape })},`,
  );
  return `[\n${lines.join("\n")}\n]`;
}

/**
 * The bundle's `app.py`: a Flask app serving the model with Stepwise's routes and JSON. The
 * model's name, version and signature are baked in as Python literals built by `pythonLiteral`,
 * never by pasting text into source, so no name can change the program.
 */
export function renderAppPy(input: SelfHostBundleInput): string {
  const constants = [
    "# The model, as Stepwise registered it; the tensor names come from its ONNX file.",
    `MODEL_NAME = ${pythonLiteral(input.name)}`,
    `MODEL_VERSION = ${pythonLiteral(input.version)}`,
    `STEPWISE_VERSION = ${pythonLiteral(input.stepwiseVersion)}`,
    `INPUTS = ${tensorList(input.signature.inputs)}`,
    `OUTPUTS = ${tensorList(input.signature.outputs)}`,
  ].join("\n");
  return `${HEADER}\n${constants}\n${APP_PY_BODY}`;
}
