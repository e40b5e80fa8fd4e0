# generated from openapi.json by codegen; do not edit
"""Contains endpoint functions for accessing the API"""
