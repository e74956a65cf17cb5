# The campaign site behind Varnish 7 (Debian 12: varnish 7.1): included by campaign.vcl (purge
# by tag with xkey, from varnish-modules) and campaign-ban.vcl (stock Varnish, purge by ban).
# Edit the backends and the purgers' addresses below; nothing else needs changing.
#
# What it does, as tested by tests/e2e/varnish-front.test.ts and the cluster test:
# - balances readers over the app instances (round robin), asking each GET /api/health every
#   2 s; a request that finds an instance dead or restarting is retried once on another;
# - keeps public pages as long as the app's Cache-Control says (s-maxage), and drops them at
#   once when the app purges their tags (CACHE_PURGER=varnish, Surrogate-Key on each answer);
# - while PostgreSQL or every instance is down, serves the last copy for up to a day, except
#   what the app sends without stale-if-error (petition pages: counts and signers' names);
# - never keeps the staff area, sign-in, the API, or anything for a signed-in reader (staff, or
#   a commenter who confirmed their address); every other cookie is dropped from readers'
#   requests, so analytics or a consent banner do not split the cache;
# - tells operators what happened in X-Cache (HIT, MISS, PASS, STALE).

probe campaign_health {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# One backend per app instance (`npm start`, PORT): add or remove lines here and in vcl_init.
backend app1 {
    .host = "127.0.0.1";
    .port = "3000";
    .probe = campaign_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}
backend app2 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = campaign_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
}

# Who may purge: the machines the app instances run on.
acl campaign_purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new campaign = directors.round_robin();
    campaign.add_backend(app1);
    campaign.add_backend(app2);
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ campaign_purgers) {
            return (synth(403, "Forbidden"));
        }
        call campaign_purge;
    }
    set req.backend_hint = campaign.backend();

    # A retried request (see vcl_synth) takes any copy still kept, however old; when there is
    # none, the app's own error page is shown.
    if (req.restarts > 0) {
        set req.grace = 24h;
        set req.http.X-Campaign-Last-Try = "1";
    } elsif (std.healthy(req.backend_hint)) {
        # While the instances are up, an expired page is served at most 5 minutes past its
        # time, while it is fetched again in the background (the app's stale-while-revalidate).
        set req.grace = 300s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Comments, signatures, sign-in, staff saves: straight to the app.
        return (pass);
    }
    if (req.url ~ "^/(admin|login)([/?]|$)" || req.url ~ "^/api/") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)((__Secure-)?authjs\.[A-Za-z0-9_.-]+|commenter)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # An instance that is restarting or lost its database: another may answer.
    if (beresp.status >= 500 && bereq.retries == 0 && bereq.method == "GET") {
        return (retry);
    }
    if (beresp.status >= 500 && !bereq.http.X-Campaign-Last-Try) {
        # Keep the copy there is: a background fetch leaves it in place, and a reader's request
        # is restarted in vcl_synth to take it.
        return (abandon);
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # The tags the app named (lib/runtime/cache-tag-headers.ts), for purges by xkey or ban.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # What may be served while the site is down: the app says so with stale-if-error.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=(\d+).*$", "\1s"), 0s);
    }
    # Kept for a day past their time, whatever the app said: a 304 saves the body.
    set beresp.keep = 24h;
}

sub vcl_backend_error {
    # Refused or timed out (an instance killed): once more, on the next instance.
    if (bereq.retries == 0) {
        return (retry);
    }
    # Every instance is down: the reader's request is restarted to take a copy kept past its
    # time (vcl_synth), and gets Varnish's error page only when there is none.
    if (!bereq.http.X-Campaign-Last-Try) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0 && obj.ttl <= 0s) {
        set resp.http.X-Cache = "STALE";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags are for this cache, not for readers.
    unset resp.http.Surrogate-Key;
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    # A fetch that failed (vcl_backend_response abandoned it): the reader's request tries once
    # more, taking a copy kept past its time if there is one.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
}
