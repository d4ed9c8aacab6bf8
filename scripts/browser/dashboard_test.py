"""Drives the ops dashboard in headless Chromium (Selenium) as an ops person would.

Environment: SHIPWATCH_URL (the serve base URL), SHIPWATCH_EMAIL, SHIPWATCH_PASSWORD, SHIPWATCH_SCREENSHOTS (folder).
Exits non-zero, naming the step, when anything is not as expected.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ["SHIPWATCH_URL"].rstrip("/")
EMAIL = os.environ["SHIPWATCH_EMAIL"]
PASSWORD = os.environ["SHIPWATCH_PASSWORD"]
SHOTS = os.environ["SHIPWATCH_SCREENSHOTS"]


def check(condition, step):
    if not condition:
        raise AssertionError(step)
    print(f"ok: {step}", flush=True)


def wait_for_url(driver, fragment, step):
    """Waits (up to 15 s) until the address contains `fragment`: a form submission has been answered."""
    try:
        WebDriverWait(driver, 15).until(lambda d: fragment in d.current_url)
    except Exception:  # noqa: BLE001 - the check below names the step
        pass
    check(fragment in driver.current_url, step)


def browser():
    options = webdriver.ChromeOptions()
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1700"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def main():
    driver = browser()
    driver.set_page_load_timeout(30)
    try:
        driver.get(BASE + "/ops")
        check("/ops/login" in driver.current_url, "an unsigned visit is sent to the sign-in form")
        driver.find_element(By.ID, "email").send_keys(EMAIL)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action='/ops/login'] button[type=submit]").click()
        WebDriverWait(driver, 15).until(lambda d: "/ops/login" not in d.current_url)
        check(driver.find_element(By.TAG_NAME, "h1").text == "Overview", "signing in opens the overview")
        check(len(driver.find_elements(By.CSS_SELECTOR, "main svg[role=img]")) == 3, "the overview draws three charts")
        driver.save_screenshot(os.path.join(SHOTS, "overview.png"))

        driver.find_element(By.LINK_TEXT, "Findings").click()
        Select(driver.find_element(By.ID, "f-rule")).select_by_value("customs_stall")
        driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        wait_for_url(driver, "rule=customs_stall", "the rule filter is in the address")
        rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
        check(len(rows) > 0, "customs stalls are listed")
        check(all("customs stall" in row.text for row in rows), "only customs stalls are listed")
        proposed = [row for row in rows if "proposed" in row.text]
        check(len(proposed) > 0, "a customs stall has a proposed remedy")
        proposed[0].find_element(By.CSS_SELECTOR, "a[href^='/ops/shipments/']").click()
        wait_for_url(driver, "/ops/shipments/", "the parcel link opens its shipment page")

        check(driver.find_element(By.TAG_NAME, "h1").text.strip() != "", "the shipment page has its heading")
        check("Timeline" in driver.page_source and "Audit history" in driver.page_source, "the shipment page shows its timeline and audit")
        approve = driver.find_element(By.CSS_SELECTOR, "form[action$='/approve']")
        approve.find_element(By.NAME, "note").send_keys("approved in the browser test")
        approve.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait_for_url(driver, "decided=approved", "approving redirects back to the shipment")
        check("The remedy was approved." in driver.page_source, "approving shows the confirmation")
        audit_rows = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")]
        check(any(EMAIL in text and "approved" in text for text in audit_rows), "the audit history names the user and the approval")
        # Tall enough for the remedy, the findings, the timeline and the audit history in one picture.
        driver.set_window_size(1280, int(driver.execute_script("return document.body.scrollHeight")) + 120)
        driver.save_screenshot(os.path.join(SHOTS, "shipment.png"))
        driver.set_window_size(1280, 1700)

        driver.find_element(By.CSS_SELECTOR, "form[action='/ops/logout'] button").click()
        wait_for_url(driver, "/ops/login", "signing out returns to the sign-in form")
        driver.get(BASE + "/ops")
        check("/ops/login" in driver.current_url, "after signing out the overview needs a new sign-in")
    except Exception as error:  # noqa: BLE001 - report the step, save what the browser showed
        driver.save_screenshot(os.path.join(SHOTS, "failure.png"))
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
    print(f"screenshots: {SHOTS}/overview.png, {SHOTS}/shipment.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
