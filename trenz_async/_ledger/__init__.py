"""Coins: each call's reservation, the client's ledger and budget, and what they show."""

from .ledger import UsageLedger as UsageLedger
from .reservation import Reservation as Reservation
from .reservation import new_id as new_id
from .snapshots import OperationUsage as OperationUsage
from .snapshots import UncertainCharge as UncertainCharge
from .snapshots import UsageScope as UsageScope
from .snapshots import UsageSnapshot as UsageSnapshot
from .store import CoinStore as CoinStore
