package com.relaydesk.model;

/** Who ships the order: the marketplace (FBA, "AFN" in reports) or the seller ("MFN"). */
public enum FulfillmentChannel {
    MARKETPLACE,
    MERCHANT
}
