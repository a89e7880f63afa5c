package com.relaydesk.relay.demo;

/** The kinds of buyer mail in the demo world (issue 3, item 3). */
enum MessageKind {
    WHERE_IS_MY_ORDER,
    PRODUCT_QUESTION,
    RETURN_REQUEST,
    DAMAGED_ITEM,
    ADDRESS_PROBLEM,
    CUSTOMIZATION,
    DELIVERY_SCHEDULING,
    INVOICE_REQUEST,
    CANCEL_REQUEST,
    CARRIER_NOTICE,
    SPAM,
    FOLLOW_UP
}
