/** Wording of the "Structure" choice, shared by the server rules and the sign-up form. */

/** The last choice of the list: a structure that is not in it, named freely and attached later by staff. */
export const OTHER_STRUCTURE = "Autre structure";

/** Id of the <datalist> of structures, filled after the page loads (thousands of options, from /api/structures). */
export const STRUCTURES_LIST_ID = "structures";
