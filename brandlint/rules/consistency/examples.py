"""Rule-doc examples of the campaign rules are small campaign CSV files."""

from __future__ import annotations

import csv
import io

CHANNELS = ("email", "sms", "social", "web", "store", "shop")


def campaign_csv(language: str, texts: tuple[str, ...], offers: tuple[str, ...] = (),
                 send_dates: tuple[str, ...] = (), variant_of: tuple[str, ...] = (),
                 ids: tuple[str, ...] = (), languages: tuple[str, ...] = ()) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "campaign", "channel", "language", "variant_of", "offer",
                     "send_date", "text"])
    for i, text in enumerate(texts):
        writer.writerow([
            ids[i] if i < len(ids) else f"m{i + 1}", "demo", CHANNELS[i % len(CHANNELS)],
            languages[i] if i < len(languages) else language,
            variant_of[i] if i < len(variant_of) else "",
            offers[i] if i < len(offers) else "",
            send_dates[i] if i < len(send_dates) else "2026-12-18", text])
    return out.getvalue()
