# SPDX-License-Identifier: MIT
"""Browser tests of the residents' web pages: a vsysdesk-server (--demo, its own database, a free port) and a
headless chromium driven by selenium. See tests/web/README.md for how to add a test."""

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

# Set by run_web_tests.py from its command line.
SERVER_BINARY = os.environ.get("VSYS_SERVER_BINARY", "")
WORK_DIR = os.environ.get("VSYS_WEB_WORK_DIR", tempfile.gettempdir())


class DemoServer:
    """vsysdesk-server --demo on 127.0.0.1 with a port the system chooses and a database in a temporary folder.
    The server prints the port it listens on; start() waits for that line."""

    def __init__(self, binary=None):
        self.binary = binary or SERVER_BINARY
        self.folder = tempfile.mkdtemp(prefix="vsys-web-")
        self.database = os.path.join(self.folder, "server.sqlite")
        self.process = None
        self.port = None
        self.log_lines = []

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--demo", "--port", "0", "--database", "sqlite:" + self.database],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=self.folder)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.log_lines.append(line)
            found = re.search(r"https://127\.0\.0\.1:(\d+)", line)
            if found:
                self.port = int(found.group(1))
                return self
        raise RuntimeError("vsysdesk-server did not start:\n" + "".join(self.log_lines))

    def url(self, path):
        return "https://127.0.0.1:%d%s" % (self.port, path)

    def query(self, sql, *args):
        """Rows of `sql` on the server's database (read only)."""
        with sqlite3.connect("file:%s?mode=ro" % self.database, uri=True) as connection:
            return connection.execute(sql, args).fetchall()

    def stop(self):
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def make_driver(javascript=True):
    """Headless chromium at 1366×768 in Japanese. --no-sandbox because CI runs as root; the demo's certificate
    is self-signed, so certificate errors are ignored. Without `javascript`, pages run no script (the forms must
    work so too)."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--ignore-certificate-errors",
                     "--window-size=1366,768", "--lang=ja-JP", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "ja"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.set_window_size(1366, 768)
    driver.set_page_load_timeout(30)
    return driver


class BrowserTestCase(unittest.TestCase):
    """One demo server for the test class, one browser per test. Screenshots go to WORK_DIR/screenshots."""

    server = None

    @classmethod
    def setUpClass(cls):
        cls.server = DemoServer().start()

    @classmethod
    def tearDownClass(cls):
        if cls.server:
            cls.server.stop()

    def setUp(self):
        self.driver = make_driver()
        self.addCleanup(lambda: self.driver.quit())

    def open(self, path):
        self.driver.get(self.server.url(path))
        self.wait_for(By.CSS_SELECTOR, "h1.page-title")

    def wait_for(self, by, selector, timeout=15):
        return WebDriverWait(self.driver, timeout).until(expected_conditions.presence_of_element_located((by, selector)))

    def find(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def type(self, element_id, text):
        field = self.find(element_id)
        field.clear()
        field.send_keys(text)

    def choose(self, element_id, value):
        Select(self.find(element_id)).select_by_value(value)

    def click_and_wait(self, element_id, next_selector):
        """Clicks a submit button and waits until the next page (an element it alone has) is there."""
        self.submit_and_wait(self.find(element_id))
        return self.wait_for(By.CSS_SELECTOR, next_selector)

    def submit_and_wait(self, button):
        """Clicks `button` and waits until the page it sends has replaced this one."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        button.click()

        def replaced(_driver):
            # Asked while chromium swaps the documents, the old node is either stale or "does not belong to
            # the document" (an inspector error selenium does not map to StaleElementReferenceException).
            try:
                old.is_enabled()
                return False
            except StaleElementReferenceException:
                return True
            except WebDriverException as error:
                if "does not belong to the document" in str(error):
                    return True
                raise

        WebDriverWait(self.driver, 20).until(replaced)

    def title(self):
        return self.driver.find_element(By.CSS_SELECTOR, "h1.page-title").text

    def value(self, element_id):
        return self.find(element_id).get_attribute("value")

    def screenshot(self, name):
        """A full-width picture of the page at 1366 wide (as tall as the page), for people to look at."""
        folder = os.path.join(WORK_DIR, "screenshots")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, name + ".png")
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1366, max(768, min(int(height), 6000)))
        self.driver.execute_script("window.scrollTo(0, 0)")
        self.driver.save_screenshot(path)
        self.driver.set_window_size(1366, 768)
        return path

    def script_errors(self):
        """Messages the page's console got at SEVERE level (a CSP violation shows up there)."""
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]
