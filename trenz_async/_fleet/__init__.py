"""The fleet: many workers sharing one key's limits, budget and journal through Redis.

Only the client (and the public `trenz_async` namespace) import this package.
"""

from .client import Fleet as Fleet
from .client import FleetPolls as FleetPolls
from .client import bind as bind
from .coordinator import RedisCoordinator as RedisCoordinator
from .ledger import FleetLedger as FleetLedger
