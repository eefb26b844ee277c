"""The approval workflow of a province record: statuses, transitions, status history.

Delegations and conferences share it (draft → submitted → approved / rejected → … →
reported, plus cancelled). Nothing in here names either app, so it can move to
ngoaivu.core unchanged.
"""
