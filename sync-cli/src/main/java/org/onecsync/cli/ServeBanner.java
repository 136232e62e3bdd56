package org.onecsync.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.SaleSettings;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.store.MissingPolicy;

/**
 * What {@code serve} prints once it listens: the address, user and settings to enter in 1C, the API and status
 * endpoints. Secrets are named by where they come from, never shown.
 *
 * @param host the address listened on, as given
 * @param port the port bound
 * @param user the exchange user
 * @param passwordOrigin where the exchange password comes from
 * @param apiKeyOrigin where the API key comes from, {@code null} when the API is disabled
 * @param config the config file read, or {@code null}
 */
record ServeBanner(String host, int port, String user, String passwordOrigin, String apiKeyOrigin, Path config) {

    void print(PrintWriter out, ExchangeSettings settings, SaleSettings sale, SyncApiHandler api,
               boolean sharedExchange) {
        String shown = host.equals("0.0.0.0") ? "<this host's address>" : host.contains(":") ? "[" + host + "]"
                : host;
        String root = "http://" + shown + ":" + port;
        String url = root + ServeCommand.PATH;
        out.println("onec-sync serve: listening on " + url);
        out.println("In 1C (Обмен с сайтом / exchange with site), enter:");
        out.println("  site address: " + url);
        out.println("  user:         " + user);
        out.println("  password:     " + passwordOrigin);
        out.println("Settings: zip=" + (settings.zip() ? "yes" : "no") + ", file_limit=" + settings.fileLimit()
                + " bytes, replies in " + settings.replyCharset().name().toLowerCase(Locale.ROOT)
                + ", exchanges up to " + settings.maxExchangeSize() + " bytes, import calls answered within "
                + settings.importTimeBox().toSeconds() + " s, deactivate: " + deactivation(settings.missingPolicy()));
        if (config != null) {
            out.println("Config file: " + config);
        }
        if (sharedExchange) {
            out.println("Uploads and exchange logs: kept in the database, shared by every serve on it (working "
                    + "copies in " + settings.uploadRoot() + ")");
        } else {
            out.println("Uploads and exchange logs: " + settings.uploadRoot());
        }
        out.println("Orders (type=sale, same address): the order book in the database (onec-sync orders add), "
                + "documents in " + sale.charset().name().toLowerCase(Locale.ROOT) + ", at most " + sale.queryLimit()
                + " orders per query (the others with the next exchange); 1C's statuses go to the order book");
        String base = root + ServeCommand.API_PATH;
        if (api.enabled()) {
            out.println("JSON API: POST " + base + "/sync (JSON push) and " + base + "/upload (multipart file), key "
                    + "in X-API-Key: " + apiKeyOrigin + "; bodies up to " + api.settings().bodyLimit()
                    + " bytes, imports waited for " + api.settings().importWait().toSeconds() + " s");
        } else {
            out.println("JSON API: disabled (answers 503) until $" + ServeCommand.API_KEY_VARIABLE + " or "
                    + ServeConfig.API_KEY_KEY + " in the config file is set");
        }
        out.println("Status: GET " + root + "/health (no credentials); " + root + "/api/sessions, " + root
                + "/api/exchanges/ID/log and " + root + "/metrics (Prometheus) with the exchange user and password "
                + "(Basic) or the API key");
        out.println("Status page: " + root + "/ in a browser, with the same credentials");
        out.println("Stop with Ctrl-C or SIGTERM.");
        out.flush();
    }

    private static String deactivation(MissingPolicy policy) {
        return switch (policy) {
            case DEACTIVATE -> "deactivates what a complete exchange's full packages no longer hold";
            case DELETE -> "deletes what a complete exchange's full packages no longer hold";
            case KEEP -> "off (--missing keep)";
        };
    }
}
