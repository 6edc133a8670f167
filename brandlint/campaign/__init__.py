"""Campaigns (BL6xx): the facts each message states, and the per-campaign collector."""
