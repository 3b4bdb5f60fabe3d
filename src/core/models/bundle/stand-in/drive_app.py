"""Sends requests to a bundle's app.py through Flask's test client, for the bundle's tests.

Usage: drive_app.py BUNDLE_DIR < requests.json, where requests.json is a list of
{"method", "path", "body"?: JSON value, "raw"?: text}. Prints a list of {"status", "body"}.
The stand-in onnxruntime beside this file comes first on sys.path (see its docstring).
"""
import json
import os
import sys

sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)), sys.argv[1]]

import app  # noqa: E402  (the bundle's app.py, found through sys.path)

client = app.app.test_client()
replies = []
for item in json.load(sys.stdin):
    options = {}
    if "body" in item:
        options = {"data": json.dumps(item["body"]), "content_type": "application/json"}
    elif "raw" in item:
        options = {"data": item["raw"], "content_type": "application/json"}
    response = client.open(item["path"], method=item["method"], **options)
    replies.append({"status": response.status_code, "body": response.get_json(silent=True)})
json.dump(replies, sys.stdout)
