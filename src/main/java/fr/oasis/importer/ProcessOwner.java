package fr.oasis.importer;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** {@code host:pid} of a process, and whether a process so named is known to be gone. */
final class ProcessOwner {
    private ProcessOwner() {
    }

    static String current() {
        return host() + ":" + ProcessHandle.current().pid();
    }

    /**
     * True when {@code owner} names a process of this host that no longer runs. A process of
     * another host cannot be checked from here: false.
     */
    static boolean gone(String owner) {
        int colon = owner == null ? -1 : owner.lastIndexOf(':');
        if (colon < 0 || !owner.substring(0, colon).equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(owner.substring(colon + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
