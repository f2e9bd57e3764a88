package fr.oasis;

import fr.oasis.security.AdminBootstrap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * When the portal starts: make sure an administrator exists, load the demonstration territory into
 * an empty database (the readiness probe stays down until then), and tell the person at the
 * console where to go and how to log in.
 */
@Component
@ConditionalOnWebApplication
class OasisStartup implements ApplicationRunner {
    private final AdminBootstrap admin;
    private final fr.oasis.demo.DemoLoader demo;
    private final fr.oasis.demo.InitialLoad initialLoad;
    private final int port;

    OasisStartup(AdminBootstrap admin, fr.oasis.demo.DemoLoader demo, fr.oasis.demo.InitialLoad initialLoad,
                 @Value("${server.port:8080}") int port) {
        this.initialLoad = initialLoad;
        this.admin = admin;
        this.demo = demo;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        String generated = admin.ensureAdmin();
        try {
            demo.loadIfEmpty();
        } finally {
            initialLoad.finished();
        }
        StringBuilder banner = new StringBuilder("\n======================================================\n")
                .append(" Oasis is running: http://localhost:").append(port).append("/\n");
        if (generated != null) {
            banner.append(" Administrator login: admin / ").append(generated).append('\n')
                    .append(" (generated now and shown only once; set OASIS_ADMIN_PASSWORD to choose it)\n");
        } else {
            banner.append(" Log in with your account (first administrator: 'admin').\n");
        }
        System.out.println(banner.append("======================================================"));
    }
}
