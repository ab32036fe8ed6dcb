/** Wording of the "Structure" choice, shared by the server rules and the sign-up form. */

/** The last choice of the list: a structure that is not in it, named freely and attached later by staff. */
export const OTHER_STRUCTURE = "Autre structure";

/** Id of the <datalist> of structures; the pages render it (thousands of options, kept out of client props). */
export const STRUCTURES_LIST_ID = "structures";
