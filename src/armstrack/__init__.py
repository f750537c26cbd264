"""armstrack: a sourced ledger of arms-transfer announcements."""
