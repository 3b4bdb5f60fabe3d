"""Parses a config.pbtxt the way Triton does (protobuf text format), for the bundle's tests.

Usage: parse_triton_config.py < config.pbtxt; prints the configuration as JSON.
The message types below are the part of Triton's ModelConfig (model_config.proto) that the bundle
writes, with Triton's field names and numbers, so a syntax error, a misspelt field or an unknown
type name fails here as it would in Triton.
"""
import json
import sys

from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory, text_format

TYPES = ["INVALID", "BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64",
         "FP16", "FP32", "FP64", "STRING", "BF16"]
F = descriptor_pb2.FieldDescriptorProto

file = descriptor_pb2.FileDescriptorProto(name="model_config_subset.proto", package="inference", syntax="proto3")
enum = file.enum_type.add(name="DataType")
for number, name in enumerate(TYPES):
    enum.value.add(name="TYPE_" + name, number=number)


def message(name, fields):
    proto = file.message_type.add(name=name)
    for field_name, number, kind, label, type_name in fields:
        field = proto.field.add(name=field_name, number=number, type=kind, label=label)
        if type_name:
            field.type_name = ".inference." + type_name


ONE, MANY = F.LABEL_OPTIONAL, F.LABEL_REPEATED
message("ModelTensorReshape", [("shape", 1, F.TYPE_INT64, MANY, None)])
message("ModelInput", [
    ("name", 1, F.TYPE_STRING, ONE, None),
    ("data_type", 2, F.TYPE_ENUM, ONE, "DataType"),
    ("dims", 4, F.TYPE_INT64, MANY, None),
    ("reshape", 5, F.TYPE_MESSAGE, ONE, "ModelTensorReshape"),
])
message("ModelOutput", [
    ("name", 1, F.TYPE_STRING, ONE, None),
    ("data_type", 2, F.TYPE_ENUM, ONE, "DataType"),
    ("dims", 3, F.TYPE_INT64, MANY, None),
    ("reshape", 5, F.TYPE_MESSAGE, ONE, "ModelTensorReshape"),
])
message("ModelConfig", [
    ("name", 1, F.TYPE_STRING, ONE, None),
    ("platform", 2, F.TYPE_STRING, ONE, None),
    ("max_batch_size", 4, F.TYPE_INT32, ONE, None),
    ("input", 5, F.TYPE_MESSAGE, MANY, "ModelInput"),
    ("output", 6, F.TYPE_MESSAGE, MANY, "ModelOutput"),
])

pool = descriptor_pool.DescriptorPool()
pool.Add(file)
descriptor = pool.FindMessageTypeByName("inference.ModelConfig")
try:
    ModelConfig = message_factory.GetMessageClass(descriptor)
except AttributeError:  # protobuf before 4.22
    ModelConfig = message_factory.MessageFactory(pool).GetPrototype(descriptor)

config = text_format.Parse(sys.stdin.read(), ModelConfig())
json.dump(json_format.MessageToDict(config, preserving_proto_field_name=True), sys.stdout)
