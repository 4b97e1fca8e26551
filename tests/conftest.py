from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SEED_DIR = ROOT / "specs" / "azure-openai-authoring" / "2023-06-01-preview"
SEED_SPEC = SEED_DIR / "azure-openai-catalog.yml"
SEED_JSON = SEED_DIR / "azureopenai.json"

# The checked-in clients are imported from generated/, as a user of this
# repository would import them.
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))
