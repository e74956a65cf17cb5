# The campaign site behind stock Varnish (no varnish-modules), purged by ban.
# The app: CACHE_PURGER=varnish VARNISH_URLS=http://this-machine:6081 VARNISH_PURGE_MODE=ban.
# Run: varnishd -f /etc/varnish/campaign-ban.vcl -a :6081 (see deploy/varnish/README.md).
vcl 4.1;

import std;
import directors;

include "campaign-common.vcl";

# BAN with an x-ban-pattern header (a regular expression over the stored tags, built by the
# app): every page whose tags match goes. The ban uses obj.http only, so Varnish's ban lurker
# clears old objects in the background.
sub campaign_purge {
    if (req.method == "BAN" && req.http.x-ban-pattern) {
        ban("obj.http.Surrogate-Key ~ " + req.http.x-ban-pattern);
        return (synth(200, "Banned"));
    }
    if (req.method == "PURGE") {
        return (purge);
    }
    return (synth(405, "Use BAN"));
}
