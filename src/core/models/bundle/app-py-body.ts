// The part of the bundle's app.py that is the same for every model: the routes and the checks.
// render-app-py.ts puts the model's constants (MODEL_NAME, MODEL_VERSION, STEPWISE_VERSION,
// INPUTS, OUTPUTS) and the imports above it. It is Python kept in a string so that the bundle
// needs no file of Stepwise's own at run time; app-py.test.ts compiles and runs the result.

/** app.py below its constants. */
export const APP_PY_BODY = String.raw`
MODEL_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "model.onnx")
# Flask refuses larger bodies with 413; 64 MiB of JSON holds thousands of rows of 784 numbers.
MAX_BODY_BYTES = 64 * 1024 * 1024

# Open Inference Protocol datatypes as numpy types. BYTES tensors hold text, as onnxruntime's
# string tensors do.
NUMPY_TYPES = {
    "BOOL": np.bool_,
    "UINT8": np.uint8,
    "UINT16": np.uint16,
    "UINT32": np.uint32,
    "UINT64": np.uint64,
    "INT8": np.int8,
    "INT16": np.int16,
    "INT32": np.int32,
    "INT64": np.int64,
    "FP16": np.float16,
    "FP32": np.float32,
    "FP64": np.float64,
    "BYTES": np.object_,
}


class RequestError(Exception):
    """A request this server refuses; the message says what to send instead."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def shape_text(shape):
    return "[" + ", ".join(str(size) for size in shape) + "]"


def signature_text(specs):
    return ", ".join(
        "%s %s %s" % (json.dumps(spec["name"]), spec["datatype"], shape_text(spec["shape"])) for spec in specs
    )


def takes_text(spec):
    return "takes %s of shape %s (-1 is any size)" % (spec["datatype"], shape_text(spec["shape"]))


def expected_text(spec):
    return "the input %s %s" % (json.dumps(spec["name"]), takes_text(spec))


def load_session():
    session = ort.InferenceSession(MODEL_FILE, providers=["CPUExecutionProvider"])
    # The signature below was read from this very file when the bundle was made; a different
    # model.onnx put here by hand would get requests it cannot answer, so refuse to start.
    found = sorted(node.name for node in session.get_inputs()), sorted(node.name for node in session.get_outputs())
    expected = sorted(spec["name"] for spec in INPUTS), sorted(spec["name"] for spec in OUTPUTS)
    if found != expected:
        raise RuntimeError(
            "model.onnx has inputs %s and outputs %s, but this app was made for inputs %s and outputs %s: "
            "put back the model.onnx that came with it, or download a new bundle from Stepwise."
            % (found[0], found[1], expected[0], expected[1])
        )
    return session


def fits(spec, shape):
    expected = spec["shape"]
    return len(shape) == len(expected) and all(size in (-1, got) for size, got in zip(expected, shape))


def instance_text(spec):
    """How one instance of this input looks: the input's shape without its first (batch) dimension."""
    row = spec["shape"][1:]
    if not row:
        return "a single value"
    return "a list of shape %s" % shape_text(row).replace("-1", "any size")


def to_array(values, spec, what):
    """The values as an array of the input's type, or a RequestError that says what is wrong."""
    datatype = spec["datatype"]
    try:
        # No dtype here: numpy would turn None into NaN and "1" into 1.0 for a float type.
        array = np.array(values, dtype=np.object_ if datatype == "BYTES" else None)
    except ValueError:
        raise RequestError(
            "%s could not be read as a tensor (rows of different lengths, or values nested unevenly); %s."
            % (what, expected_text(spec))
        )
    kind = array.dtype.kind
    if datatype == "BYTES":
        if not all(isinstance(value, str) for value in array.ravel()):
            raise RequestError("%s must be text, nested evenly; %s." % (what, expected_text(spec)))
        return array
    if array.size > 0 and (
        kind not in "biuf"
        or (datatype == "BOOL" and kind != "b")
        or (datatype[0] in "IU" and kind == "f" and not np.all(np.mod(array, 1) == 0))
    ):
        raise RequestError("%s must be %s, nested evenly; %s." % (what, describe_values(datatype), expected_text(spec)))
    try:
        return array.astype(NUMPY_TYPES[datatype])
    except (TypeError, ValueError, OverflowError) as error:
        raise RequestError("%s could not be read as %s (%s); %s." % (what, datatype, error, expected_text(spec)))


def describe_values(datatype):
    if datatype == "BOOL":
        return "true or false"
    if datatype[0] in "IU":
        return "whole numbers"
    return "numbers"


def json_value(value):
    """A tensor (or one row of it) as JSON: lists, numbers, text; NaN and infinities as null, as JSON has none."""
    array = np.asarray(value)
    if array.dtype.kind == "f" and not np.all(np.isfinite(array)):
        array = np.where(np.isfinite(array), array, None)
    return array.tolist()


def read_body():
    body = request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        raise RequestError("The body must be a JSON object; see README.md for examples.")
    return body


def run(names, feeds):
    try:
        return SESSION.run(names, feeds)
    # onnxruntime raises several types (InvalidArgument, Fail, ...). The session loaded at start,
    # so what changes from one request to the next is the input: report it as the request's fault.
    except Exception as error:
        raise RequestError("The model could not run on this input: %s" % error)


def check_model(name, version=None):
    if name != MODEL_NAME:
        raise RequestError(
            "No model named %s here: this server serves %s." % (json.dumps(name), json.dumps(MODEL_NAME)), 404
        )
    if version is not None and version != str(MODEL_VERSION):
        raise RequestError(
            "Model %s has no version %s here: this server serves version %d."
            % (json.dumps(MODEL_NAME), json.dumps(version), MODEL_VERSION),
            404,
        )


def predict_feeds(instances):
    """Stepwise's instances as a batch per input: rows of the one input, or {input name: row} each."""
    if not isinstance(instances, list) or not instances:
        raise RequestError(
            'The body must be {"instances": [...]} with at least one instance; this model takes %s.'
            % signature_text(INPUTS)
        )
    if len(INPUTS) == 1:
        spec = INPUTS[0]
        return {spec["name"]: batch(instances, spec, "The instances")}
    names = [spec["name"] for spec in INPUTS]
    for index, instance in enumerate(instances):
        if not isinstance(instance, dict) or sorted(instance) != sorted(names):
            raise RequestError(
                "Instance %d must be an object with one entry per input, %s; this model takes %s."
                % (index, ", ".join(json.dumps(name) for name in names), signature_text(INPUTS))
            )
    return {
        spec["name"]: batch([instance[spec["name"]] for instance in instances], spec, "The instances' values of %s" % json.dumps(spec["name"]))
        for spec in INPUTS
    }


def batch(rows, spec, what):
    array = to_array(rows, spec, what)
    if not fits(spec, array.shape):
        raise RequestError(
            "%s make a batch of shape %s, but %s: send each instance as %s."
            % (what, shape_text(array.shape), expected_text(spec), instance_text(spec))
        )
    return array


def predictions(values, count):
    """One prediction per instance: the output's row, or {output name: row} for several outputs."""
    names = [spec["name"] for spec in OUTPUTS]
    rows = [value if np.ndim(value) > 0 else np.full(count, value) for value in values]
    if len(names) == 1:
        return [json_value(rows[0][index]) for index in range(count)]
    return [{name: json_value(row[index]) for name, row in zip(names, rows)} for index in range(count)]


def infer_feeds(body):
    tensors = body.get("inputs")
    if not isinstance(tensors, list) or not tensors:
        raise RequestError(
            'The body must have "inputs": [{"name", "shape", "datatype", "data"}, ...]; this model takes %s.'
            % signature_text(INPUTS)
        )
    specs = {spec["name"]: spec for spec in INPUTS}
    feeds = {}
    for index, tensor in enumerate(tensors):
        name = tensor.get("name") if isinstance(tensor, dict) else None
        spec = specs.get(name) if isinstance(name, str) else None
        if spec is None:
            raise RequestError(
                "inputs[%d] names %s, which is not an input of this model; this model takes %s."
                % (index, json.dumps(name), signature_text(INPUTS))
            )
        if name in feeds:
            raise RequestError("The input %s is given twice." % json.dumps(name))
        what = "The input %s" % json.dumps(name)
        if tensor.get("datatype") != spec["datatype"]:
            raise RequestError(
                "%s has datatype %s, but it %s." % (what, json.dumps(tensor.get("datatype")), takes_text(spec))
            )
        shape = tensor.get("shape")
        if not isinstance(shape, list) or not all(
            isinstance(size, int) and not isinstance(size, bool) and size >= 0 for size in shape
        ):
            raise RequestError("%s needs a shape, a list of sizes; it %s." % (what, takes_text(spec)))
        if not fits(spec, shape):
            raise RequestError("%s has shape %s, but it %s." % (what, shape_text(shape), takes_text(spec)))
        if "data" not in tensor:
            raise RequestError("%s has no data; it %s." % (what, takes_text(spec)))
        array = to_array(tensor["data"], spec, "The data of %s" % json.dumps(name))
        if array.size != math.prod(shape):
            raise RequestError(
                "%s has %d values, but its shape %s holds %d." % (what, array.size, shape_text(shape), math.prod(shape))
            )
        feeds[name] = array.reshape(shape)
    missing = [spec["name"] for spec in INPUTS if spec["name"] not in feeds]
    if missing:
        raise RequestError(
            "Missing input %s; this model takes %s." % (", ".join(json.dumps(name) for name in missing), signature_text(INPUTS))
        )
    return feeds


def requested_outputs(body):
    requested = body.get("outputs")
    if requested is None:
        return OUTPUTS
    specs = {spec["name"]: spec for spec in OUTPUTS}
    names = [item.get("name") if isinstance(item, dict) else None for item in requested] if isinstance(requested, list) else [None]
    if not names:
        return OUTPUTS
    if any(not isinstance(name, str) or name not in specs for name in names):
        raise RequestError(
            'The "outputs" must be [{"name": ...}, ...] naming outputs of this model: %s.' % signature_text(OUTPUTS)
        )
    return [specs[name] for name in dict.fromkeys(names)]


SESSION = load_session()
app = Flask(__name__)
# Keep the keys in the documented order, as Stepwise sends them.
app.json.sort_keys = False
app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES


@app.errorhandler(RequestError)
def refuse(error):
    return jsonify(error=error.message), error.status


ROUTES = "POST /predict, POST /api/models/%s/predict and the Open Inference Protocol under /v2" % MODEL_NAME


@app.errorhandler(HTTPException)
def http_error(error):
    if error.code in (404, 405):
        return jsonify(error="%s: this server answers %s." % (error.name, ROUTES)), error.code
    return jsonify(error="%s: %s" % (error.name, error.description)), error.code


@app.errorhandler(Exception)
def failure(error):
    app.logger.exception("Request failed")
    return jsonify(error="The server failed: %s" % error), 500


@app.post("/predict")
@app.post("/api/models/<name>/predict")
def predict(name=MODEL_NAME):
    check_model(name)
    feeds = predict_feeds(read_body().get("instances"))
    count = len(next(iter(feeds.values())))
    values = run([spec["name"] for spec in OUTPUTS], feeds)
    return jsonify(predictions=predictions(values, count), model=MODEL_NAME, version=MODEL_VERSION)


@app.get("/v2")
def server_metadata():
    return jsonify(name="stepwise", version=STEPWISE_VERSION, extensions=[])


@app.get("/v2/health/live")
def live():
    return jsonify(live=True)


@app.get("/v2/health/ready")
def ready():
    return jsonify(ready=True)


@app.get("/v2/models/<name>")
@app.get("/v2/models/<name>/versions/<version>")
def model_metadata(name, version=None):
    check_model(name, version)
    return jsonify(
        name=MODEL_NAME,
        versions=[str(MODEL_VERSION)],
        platform="onnx_onnxv1",
        inputs=INPUTS,
        outputs=OUTPUTS,
    )


@app.get("/v2/models/<name>/ready")
@app.get("/v2/models/<name>/versions/<version>/ready")
def model_ready(name, version=None):
    check_model(name, version)
    return jsonify(name=MODEL_NAME, ready=True)


@app.post("/v2/models/<name>/infer")
@app.post("/v2/models/<name>/versions/<version>/infer")
def infer(name, version=None):
    check_model(name, version)
    body = read_body()
    feeds = infer_feeds(body)
    specs = requested_outputs(body)
    values = run([spec["name"] for spec in specs], feeds)
    request_id = body.get("id")
    outputs = [
        {
            "name": spec["name"],
            "datatype": spec["datatype"],
            "shape": list(np.shape(value)),
            "data": json_value(np.ravel(value)),
        }
        for spec, value in zip(specs, values)
    ]
    return jsonify(
        model_name=MODEL_NAME,
        model_version=str(MODEL_VERSION),
        id=request_id if isinstance(request_id, str) else str(uuid.uuid4()),
        outputs=outputs,
    )


if __name__ == "__main__":
    # Flask's own server, for trying the model out; the Dockerfile runs gunicorn instead.
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8080")))
`;
