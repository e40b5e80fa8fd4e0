"""The registry: what the spec says about each operation, and the checks that follow.

`table.py` (the operations) and `prose.py` (their texts) are generated from openapi.json;
the rest reads them.
Hand-written code reaches the generated registry only through this package.
"""

from .compat import report_unknown as report_unknown
from .estimate import estimate as estimate
from .index import deprecation as deprecation
from .index import lookup as lookup
from .index import operations as operations
from .index import server_url as server_url
from .index import task_status_operation as task_status_operation
from .info import BillingMode as BillingMode
from .info import OperationInfo as OperationInfo
from .info import Pagination as Pagination
from .info import PaginationStyle as PaginationStyle
from .info import Param as Param
from .info import ParamLocation as ParamLocation
from .info import Pricing as Pricing
from .params import PreparedCall as PreparedCall
from .params import prepare as prepare
from .params import validator_for as validator_for
from .shapes import Shape as Shape
