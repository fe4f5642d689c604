"""The __future__ module itself (a docstring may precede future imports)."""
from __future__ import annotations, generator_stop
from __future__ import division

import __future__

print(__future__.__name__, __future__.all_feature_names)
print(__future__.__all__ == ["all_feature_names"] + __future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag))
print(type(__future__.annotations).__name__, type(__future__.annotations).__module__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(annotations is __future__.annotations, division is __future__.division)
import sys
print(sys.modules["__future__"] is __future__)
# The compiler checks future statements before running anything.
for src in ["from __future__ import braces", "from __future__ import nonexistent",
            "x = 1\nfrom __future__ import annotations",
            "import __future__\nfrom __future__ import annotations"]:
    try:
        compile(src, "<snippet>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
