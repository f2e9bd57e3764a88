package fr.oasis.support;

import fr.oasis.map.BrowserSession;
import fr.oasis.security.Role;
import fr.oasis.security.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test class driving one headless Chromium ({@link BrowserSession}, a fresh profile) for all
 * its tests: started before the first, quit after the last. A subclass that needs another window
 * size sets it in its own {@code @BeforeAll}, which JUnit runs after this one. Test classes run
 * one after the other (the suite's default), so the one driver field is never shared by two.
 * Subclasses are Spring Boot tests: {@link #signInAs} signs in with the shared account of a role
 * ({@link TestAccounts}).
 */
public abstract class BrowserTest {
    protected static ChromeDriver driver;
    @Autowired
    private UserAccounts testAccounts;

    @BeforeAll
    static void startTheBrowser() {
        driver = BrowserSession.start(BrowserSession.freshProfile());
    }

    /**
     * On the login form the portal has just redirected to (waiting up to 60 s for it), signs in
     * and submits; the caller then waits for its own page.
     */
    protected static void signIn(String user, String password) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login"));
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
    }

    /**
     * On the login form the portal has just redirected to, signs in as the test account of the
     * role (created on its first use in this database, then shared by every browser test).
     */
    protected void signInAs(Role role) {
        signIn(TestAccounts.ensure(testAccounts, role), TestAccounts.PASSWORD);
    }

    @AfterAll
    static void quitTheBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
