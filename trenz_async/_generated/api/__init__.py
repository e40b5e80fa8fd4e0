# generated from openapi.json by codegen; do not edit
"""Contains methods for accessing the API"""
