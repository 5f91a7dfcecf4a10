/** Import before ../helpers/test-environment: the suite then keeps photos in the database. */
process.env.PHOTO_STORE = "database";
