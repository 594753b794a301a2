# SPDX-License-Identifier: MIT
"""接種券発行申請 in a real browser: fill, 入力内容の確認, 入力内容を修正する, 申請する, 受付番号; field messages; a double
submit; the status page."""

import re

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from navi_harness import BrowserTestCase, make_driver

RECEIPT = re.compile(r"^3-131032-\d{8}-\d{7}$")


class ApplyTest(BrowserTestCase):

    def fill_briefing_example(self):
        """The briefing's 厚生 太郎 of 港区; the address comes from the postal code through navi.js."""
        self.open("/navi/apply")
        self.choose("prefecture", "東京都")
        self.choose("municipality", "131032")
        self.type("family_name", "厚生")
        self.type("given_name", "太郎")
        self.type("family_kana", "コウセイ")
        self.type("given_kana", "タロウ")
        self.type("birth_year", "1980")
        self.type("birth_month", "4")
        self.type("birth_day", "12")
        self.type("phone", "03-5253-1111")
        self.find("address1").clear()
        self.type("postal_code", "100-0001")
        WebDriverWait(self.driver, 10).until(lambda driver: self.value("address1") == "東京都千代田区千代田")
        self.find("address1").send_keys("1-1")
        self.choose("reason", "booster")
        self.type("dose1_year", "2021")
        self.type("dose1_month", "9")
        self.type("dose1_day", "1")
        self.choose("dose1_vaccine", "moderna")
        self.choose("dose1_method", "domestic")
        self.type("dose1_municipality", "東京都 港区")
        self.type("dose2_year", "2021")
        self.type("dose2_month", "10")
        self.type("dose2_day", "1")
        self.find("dose2_same_vaccine").click()
        self.find("dose2_same_method").click()
        self.find("agree").click()

    def applications(self):
        return self.server.query("SELECT COUNT(*) FROM navi_application")[0][0]

    def test_fill_confirm_correct_submit_and_check_status(self):
        self.open("/navi/apply")
        self.assertEqual(self.title(), "追加接種（3回目）用の接種券発行申請")
        self.screenshot("01-apply-empty")
        self.fill_briefing_example()
        # 「1回目と同じ」 takes the 2回目 selects out of the form (navi.js).
        self.assertFalse(self.find("dose2_vaccine").is_enabled())
        self.screenshot("02-apply-filled")

        self.click_and_wait("to-confirm", "#confirm-table")
        self.assertEqual(self.title(), "入力内容の確認")
        table = self.find("confirm-table").text
        for expected in ("住民票の市町村\n東京都 港区", "氏名\n厚生 太郎", "氏名（フリガナ）\nコウセイ タロウ",
                         "生年月日\n1980年4月12日", "送付先住所\n〒100-0001\n東京都千代田区千代田1-1",
                         "申請理由\n[その他] 追加接種（3回目）"):
            self.assertIn(expected, table)
        doses = self.driver.find_elements(By.CSS_SELECTOR, "table.confirm")[1].text
        self.assertIn("1回目 ワクチン種類\n[武田／モデルナ]", doses)
        self.assertIn("2回目 接種の方法\n[市町村の会場や医療機関、職域会場での接種]", doses)
        self.assertIn("接種券を送ってきた市町村名：東京都 港区", doses)
        self.screenshot("03-confirm")

        self.click_and_wait("edit", "#to-confirm")
        self.assertEqual(self.value("family_name"), "厚生")
        self.assertEqual(self.value("family_kana"), "コウセイ")
        self.assertEqual(self.value("address1"), "東京都千代田区千代田1-1")
        self.assertEqual(Select(self.find("municipality")).first_selected_option.text, "港区")
        self.assertEqual(Select(self.find("dose1_vaccine")).first_selected_option.text, "武田／モデルナ")
        self.assertTrue(self.find("dose2_same_method").is_selected())
        self.assertTrue(self.find("agree").is_selected())
        self.screenshot("04-apply-corrected")

        self.click_and_wait("to-confirm", "#confirm-table")
        self.click_and_wait("submit", "#receipt")
        self.assertEqual(self.title(), "発行申請完了")
        receipt = self.find("receipt").text
        self.assertRegex(receipt, RECEIPT)
        self.assertRegex(self.find("received-at").text, r"^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}時\d{2}分$")
        self.screenshot("05-done")

        self.open("/navi/status")
        self.type("receipt", receipt)
        self.type("birth_year", "1980")
        self.type("birth_month", "4")
        self.type("birth_day", "12")
        self.click_and_wait("check-status", "h1.page-title")
        self.assertEqual(self.find("status-text").text, "受付済み")
        self.screenshot("06-status-found")
        self.type("birth_day", "13")
        self.click_and_wait("check-status", "#status-not-found")
        self.assertIn("入力された受付番号と生年月日に一致する申請は見つかりません。", self.find("status-not-found").text)
        self.screenshot("07-status-not-found")
        self.assertEqual(self.script_errors(), [])

    def test_invalid_input_shows_field_messages_and_keeps_the_rest(self):
        before = self.applications()
        self.fill_briefing_example()
        self.type("family_kana", "kosei")
        self.type("birth_day", "31")
        self.type("birth_month", "4")
        self.find("phone").clear()
        self.click_and_wait("to-confirm", "#error-summary")
        messages = [element.text for element in self.driver.find_elements(By.CSS_SELECTOR, "p.field-error")]
        self.assertIn("姓（カナ）：カタカナで入力してください。", messages)
        self.assertIn("生年月日：存在する日付を、年は西暦4桁で入力してください。", messages)
        self.assertIn("電話番号を入力してください。", messages)
        self.assertEqual(self.value("family_kana"), "kosei")
        self.assertEqual(self.value("family_name"), "厚生")
        self.assertEqual(self.value("address1"), "東京都千代田区千代田1-1")
        self.assertEqual(self.value("dose1_municipality"), "東京都 港区")
        self.assertTrue(self.find("agree").is_selected())
        self.screenshot("08-apply-errors")
        self.assertEqual(self.applications(), before)

    def test_a_double_submit_gives_one_number(self):
        before = self.applications()
        self.fill_briefing_example()
        self.click_and_wait("to-confirm", "#confirm-table")
        # Two clicks on 申請する before the first answer arrives: both requests reach the server.
        self.driver.execute_script(
            "var form = document.getElementById('confirm-form'), button = document.getElementById('submit');"
            "form.requestSubmit(button); form.requestSubmit(button);")
        WebDriverWait(self.driver, 20).until(lambda driver: driver.find_elements(By.ID, "receipt"))
        first = self.find("receipt").text
        self.assertRegex(first, RECEIPT)
        # Back to the 入力内容の確認 page (a no-store answer to a post: the browser posts it again) and 申請する
        # again: the same 受付番号.
        self.driver.back()
        if not self.driver.find_elements(By.ID, "submit"):
            self.driver.refresh()
            try:
                self.driver.switch_to.alert.accept()
            except NoAlertPresentException:
                pass
        self.wait_for(By.ID, "submit")
        self.click_and_wait("submit", "#receipt")
        self.assertEqual(self.find("receipt").text, first)
        self.assertEqual(self.applications(), before + 1)

    def test_a_municipality_that_does_not_accept_shows_the_message(self):
        self.fill_briefing_example()
        # Only accepting municipalities are offered; a crafted page offers 千代田区 anyway.
        self.driver.execute_script(
            "var select = document.getElementById('municipality'), option = document.createElement('option');"
            "option.value = '131016'; option.text = '千代田区'; select.appendChild(option); select.value = '131016';")
        self.click_and_wait("to-confirm", "#not-accepting")
        self.assertEqual(self.find("not-accepting").text,
                         "対応していない市町村です\n東京都 千代田区は、オンラインでの接種券発行申請に対応していない市町村です。"
                         "お手数ですが、お住まいの市町村の窓口・電話・郵送で申請してください。")
        self.assertEqual(self.value("family_name"), "厚生")
        self.screenshot("11-not-accepting")

    def test_the_address_button_works_without_the_script(self):
        self.driver.quit()
        self.driver = make_driver(javascript=False)
        self.open("/navi/apply")
        self.type("family_name", "厚生")
        self.type("postal_code", "1000001")
        self.assertEqual(self.value("address1"), "")
        self.submit_and_wait(self.driver.find_element(By.CSS_SELECTOR, "button[value=address]"))
        self.wait_for(By.ID, "address1")
        self.assertEqual(self.value("address1"), "東京都千代田区千代田")
        self.assertEqual(self.value("family_name"), "厚生")

    def test_the_terms_and_privacy_pages(self):
        for path, title, name in (("/navi/terms", "利用規約", "09-terms"),
                                  ("/navi/privacy", "プライバシーポリシー", "10-privacy"),
                                  ("/navi/", "新型コロナワクチン 追加接種の接種券発行申請", "00-top")):
            self.open(path)
            self.assertEqual(self.title(), title)
            self.screenshot(name)
        self.assertEqual(self.script_errors(), [])
