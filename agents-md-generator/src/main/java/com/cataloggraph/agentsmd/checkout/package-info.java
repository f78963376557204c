/** Which repository a checkout is: its folder name and its remote, as the catalog records them. */
package com.cataloggraph.agentsmd.checkout;
