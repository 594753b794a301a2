#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs every tests/web/test_*.py against a vsysdesk-server binary.
Usage: run_web_tests.py SERVER_BINARY WORK_DIR [unittest name filter...]"""

import os
import sys
import unittest

if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    os.environ["VSYS_SERVER_BINARY"] = os.path.abspath(sys.argv[1])
    os.environ["VSYS_WEB_WORK_DIR"] = os.path.abspath(sys.argv[2])
    os.makedirs(sys.argv[2], exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    loader = unittest.defaultTestLoader
    if len(sys.argv) > 3:
        loader.testNamePatterns = ["*%s*" % name for name in sys.argv[3:]]
    suite = loader.discover(here, pattern="test_*.py", top_level_dir=here)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)
