# The campaign site behind Varnish, purged by tag through xkey (Debian: varnish-modules).
# The app: CACHE_PURGER=varnish VARNISH_URLS=http://this-machine:6081 (VARNISH_PURGE_MODE=xkey).
# Run: varnishd -f /etc/varnish/campaign.vcl -a :6081 (see deploy/varnish/README.md).
vcl 4.1;

import std;
import directors;
import xkey;

include "campaign-common.vcl";

# PURGE with an xkey-purge header naming tags (space-separated): every page carrying one goes.
# PURGE without it: the one address.
sub campaign_purge {
    if (req.method == "PURGE" && req.http.xkey-purge) {
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method == "PURGE") {
        return (purge);
    }
    return (synth(405, "Use PURGE"));
}
