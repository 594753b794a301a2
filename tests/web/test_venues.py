# SPDX-License-Identifier: MIT
"""The public venues page (/navi/venues) in a real browser: choose 都道府県 and 市区町村 with plain GET forms (also
without JavaScript), the legend, and a venue's 予約受付状態 as the app sends it: the demo venue logs in through the
HTTPS API, changes its status, and a reload shows the new mark, word and time."""

import datetime
import json
import ssl
import urllib.request

from selenium.webdriver.common.by import By

from navi_harness import BrowserTestCase, make_driver

DEMO_VENUE = "(職域)サンプル職域接種会場"  # venue A of the demo, in 東京都千代田区
DEMO_ID = "1310000017"
DEMO_PASSWORD = "demo-venue-A-2021"
JST = datetime.timezone(datetime.timedelta(hours=9))


class VenuesTest(BrowserTestCase):

    def api(self, method, path, body, token=None, key=None):
        """One HTTPS call to the sync API as the desktop app makes it; the demo's certificate is self-signed."""
        request = urllib.request.Request(self.server.url(path), data=json.dumps(body).encode("utf-8"),
                                         method=method, headers={"Content-Type": "application/json"})
        if token:
            request.add_header("Authorization", "Bearer " + token)
        if key:
            request.add_header("Idempotency-Key", key)
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with urllib.request.urlopen(request, context=context, timeout=20) as answer:
            return answer.status, json.loads(answer.read().decode("utf-8"))

    def row_of(self, name):
        for row in self.driver.find_elements(By.CSS_SELECTOR, "#venues tbody tr"):
            cells = [cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            if cells and cells[0] == name:
                return cells
        self.fail("%s is not in the table:\n%s" % (name, self.driver.page_source))
        return None

    def show(self, element_id, value):
        self.choose(element_id, value)
        self.submit_and_wait(self.driver.find_element(By.CSS_SELECTOR, ".venue-filter button[type=submit]"))
        self.wait_for(By.CSS_SELECTOR, "h1.page-title")

    def test_a_status_sent_from_the_app_shows_after_a_reload(self):
        self.open("/navi/")
        self.driver.find_element(By.LINK_TEXT, "接種会場の予約受付状況を見る").click()
        self.wait_for(By.ID, "pref")
        self.assertEqual(self.title(), "接種会場の予約受付状況")
        legend = [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, ".legend li")]
        self.assertEqual(legend, ["○ 予約可能", "▲ 残り少数", "× 予約受付不可", "● 予約不要", "— 未登録"])

        self.show("pref", "13")
        self.show("city", "131016")
        self.assertEqual(self.row_of(DEMO_VENUE), [DEMO_VENUE, "千代田区", "— 未登録", "—"])
        self.assertIn("pref=13&city=131016", self.driver.current_url)

        status, session = self.api("POST", "/api/v1/session", {"vsys_id": DEMO_ID, "password": DEMO_PASSWORD})
        self.assertEqual(status, 201)
        status, state = self.api("PUT", "/api/v1/venue/reservation-status", {"status": "few_left"},
                                 token=session["token"], key="web-venues-test-1")
        self.assertEqual(status, 200)
        changed = datetime.datetime.fromisoformat(state["changed_at"].replace("Z", "+00:00")).astimezone(JST)

        self.driver.refresh()
        self.wait_for(By.ID, "venues")
        self.assertEqual(self.row_of(DEMO_VENUE),
                         [DEMO_VENUE, "千代田区", "▲ 残り少数", changed.strftime("%Y/%m/%d %H:%M")])
        self.assertEqual(self.script_errors(), [])
        self.screenshot("venues-after-status-change")

    def test_the_forms_work_without_javascript(self):
        self.driver.quit()
        self.driver = make_driver(javascript=False)
        self.open("/navi/venues")
        self.assertEqual(self.driver.find_elements(By.ID, "venues"), [])
        self.show("pref", "27")
        # 大阪市北区 (the demo's venue B); its 市区町村 choice counts its venues.
        city = self.find("city")
        self.assertIn("大阪市北区（1件）", city.text)
        self.assertEqual(self.row_of("(職域)デモ物流センター接種会場")[1], "大阪市北区")
        self.screenshot("venues-osaka-without-javascript")
