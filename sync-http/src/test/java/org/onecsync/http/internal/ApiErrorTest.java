package org.onecsync.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;

class ApiErrorTest {

    private static ApiError of(String key, String reason) {
        return ApiError.of(new Problem(EntityType.PRODUCT, key, "sync.json", 3, reason));
    }

    @Test
    void aSkippedProductGivesItsIndexSkuFieldAndMessage() {
        assertEquals(new ApiError(3, "A-1", "price", "is required"), of("A-1", "products[3] (sku A-1): price: is required"));
        assertEquals(new ApiError(0, "A): 1", "variants[1].sku", "must be a string, not a number"),
                of("A): 1", "products[0] (sku A): 1): variants[1].sku: must be a string, not a number"));
    }

    @Test
    void aProductWithoutSkuOrFieldHasNulls() {
        assertEquals(new ApiError(1, null, null, "must be an object, not a string"),
                of(null, "products[1]: must be an object, not a string"));
        assertEquals(new ApiError(2, null, "sku", "is required"), of("", "products[2]: sku: is required"));
    }

    @Test
    void engineProblemsBelongToNoIndexOrField() {
        String shared = "SKU A-1 is shared by 2 active products (p1, p2); send external_id to choose one";
        assertEquals(new ApiError(null, "A-1", null, shared), of("A-1", shared));
        assertEquals(new ApiError(null, null, null, "offer without product"),
                ApiError.of(new Problem(EntityType.OFFER, "o1", "offers.xml", 9, "offer without product")));
    }
}
