"""The peer of `kfp-action validate` in bench/speed.bench.mjs: the KFP SDK loading every IR file
of the given folders with kfp.components.load_component_from_file, in one Python process
(kfp imported once). Prints how many loaded and how many the SDK refused."""
import glob
import os
import sys
import warnings

warnings.simplefilter("ignore")
from kfp import components  # noqa: E402

loaded = refused = 0
for folder in sys.argv[1:]:
    files = sorted(
        f for ext in ("yaml", "yml", "json")
        for f in glob.glob(os.path.join(folder, "**", "*." + ext), recursive=True))
    for f in files:
        try:
            components.load_component_from_file(f)
            loaded += 1
        except Exception:  # noqa: BLE001 - counting the SDK's refusals is the point
            refused += 1
print("loaded %d, refused %d" % (loaded, refused))
