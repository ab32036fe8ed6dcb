import type { OrganisationSeed } from "./types";

/**
 * Real organisations and territories named in IREV's pages (members of the GIP, speakers' institutions,
 * hosts, PLDE structures), plus a few intercommunalities of the Aisne, the Oise and the Somme for the demo members.
 */
const organisations = {
  irev: {
    name: "IREV – Centre de ressources politique de la ville Hauts-de-France",
    shortName: "IREV",
    kind: "gip",
    department: "59",
    city: "Lille",
  },

  /* Founding members of the GIP: the State and the Region. */
  prefectureRegion: {
    name: "Préfecture de la région Hauts-de-France – SGAR",
    shortName: "SGAR Hauts-de-France",
    kind: "etat",
    department: "59",
    city: "Lille",
    gipMember: true,
    gipCollege: "etat",
  },
  prefectureNord: {
    name: "Préfecture du Nord",
    kind: "etat",
    department: "59",
    city: "Lille",
    gipMember: true,
    gipCollege: "etat",
  },
  prefecturePasDeCalais: {
    name: "Préfecture du Pas-de-Calais",
    kind: "etat",
    department: "62",
    city: "Arras",
    gipMember: true,
    gipCollege: "etat",
  },
  prefectureAisne: {
    name: "Préfecture de l'Aisne",
    kind: "etat",
    department: "02",
    city: "Laon",
    gipMember: true,
    gipCollege: "etat",
  },
  prefectureOise: {
    name: "Préfecture de l'Oise",
    kind: "etat",
    department: "60",
    city: "Beauvais",
    gipMember: true,
    gipCollege: "etat",
  },
  prefectureSomme: {
    name: "Préfecture de la Somme",
    kind: "etat",
    department: "80",
    city: "Amiens",
    gipMember: true,
    gipCollege: "etat",
  },
  region: {
    name: "Conseil régional Hauts-de-France",
    shortName: "Région Hauts-de-France",
    kind: "region",
    department: "59",
    city: "Lille",
    gipMember: true,
    gipCollege: "region",
  },

  /* "Le collège des EPCI et communes pilotes des contrats de ville" (AG of 24 March 2017). */
  ccPaysNoyonnais: {
    name: "Communauté de communes du Pays Noyonnais",
    shortName: "CCPN",
    kind: "epci",
    department: "60",
    city: "Noyon",
    gipMember: true,
    gipCollege: "epci_communes",
  },
  caLensLievin: {
    name: "Communauté d'agglomération de Lens-Liévin",
    shortName: "CALL",
    kind: "epci",
    department: "62",
    city: "Lens",
    gipMember: true,
    gipCollege: "epci_communes",
  },
  valenciennesMetropole: {
    name: "Communauté d'agglomération Valenciennes Métropole",
    shortName: "Valenciennes Métropole",
    kind: "epci",
    department: "59",
    city: "Valenciennes",
    gipMember: true,
    gipCollege: "epci_communes",
  },

  caBethuneBruay: {
    name: "Communauté d'agglomération de Béthune-Bruay, Artois Lys Romane",
    shortName: "CABBALR",
    kind: "epci",
    department: "62",
    city: "Béthune",
  },
  cnfpt: {
    name: "CNFPT – Délégation régionale Hauts-de-France",
    shortName: "CNFPT",
    kind: "autre",
    department: "59",
    city: "Lille",
  },
  departementNord: { name: "Département du Nord", kind: "departement", department: "59", city: "Lille" },
  departementPasDeCalais: {
    name: "Département du Pas-de-Calais",
    kind: "departement",
    department: "62",
    city: "Arras",
  },
  cget: { name: "Commissariat général à l'égalité des territoires", shortName: "CGET", kind: "etat", city: "Paris" },
  ars: {
    name: "Agence régionale de santé Hauts-de-France",
    shortName: "ARS Hauts-de-France",
    kind: "etat",
    department: "59",
    city: "Lille",
  },
  cuArras: { name: "Communauté urbaine d'Arras", shortName: "CUA", kind: "epci", department: "62", city: "Arras" },

  /* Structures of the Plans locaux de développement économique (PLDE annex of the 11 December 2014 report). */
  paysCalaisis: {
    name: "Syndicat mixte du Pays du Calaisis",
    kind: "autre",
    department: "62",
    city: "Calais",
  },
  cuDunkerque: {
    name: "Communauté urbaine de Dunkerque",
    shortName: "CUD",
    kind: "epci",
    department: "59",
    city: "Dunkerque",
  },
  paysCoeurDeFlandre: { name: "Pays Cœur de Flandre", kind: "autre", department: "59", city: "Hazebrouck" },
  caHeninCarvin: {
    name: "Communauté d'agglomération d'Hénin-Carvin",
    shortName: "CAHC",
    kind: "epci",
    department: "62",
    city: "Hénin-Beaumont",
  },
  mel: {
    name: "Métropole européenne de Lille",
    shortName: "MEL",
    kind: "epci",
    department: "59",
    city: "Lille",
  },
  paysPevelois: { name: "Pays Pévélois", kind: "autre", department: "59" },
  caBoulonnais: {
    name: "Communauté d'agglomération du Boulonnais",
    shortName: "CAB",
    kind: "epci",
    department: "62",
    city: "Boulogne-sur-Mer",
  },
  audSaintOmer: {
    name: "Agence de développement et d'urbanisme de la région de Saint-Omer",
    shortName: "AUD Saint-Omer",
    kind: "association",
    department: "62",
    city: "Saint-Omer",
  },
  ccCoeurOstrevent: {
    name: "Communauté de communes Cœur d'Ostrevent",
    shortName: "CCCO",
    kind: "epci",
    department: "59",
    city: "Lewarde",
  },
  paysMontreuillois: {
    name: "Pays maritime et rural du Montreuillois",
    kind: "autre",
    department: "62",
    city: "Montreuil-sur-Mer",
  },
  caPorteDuHainaut: {
    name: "Communauté d'agglomération de la Porte du Hainaut",
    shortName: "CAPH",
    kind: "epci",
    department: "59",
    city: "Wallers",
  },
  caDouaisis: {
    name: "Communauté d'agglomération du Douaisis",
    shortName: "Douaisis Agglo",
    kind: "epci",
    department: "59",
    city: "Douai",
  },
  paysArtois: { name: "Pays d'Artois", kind: "autre", department: "62" },
  adusSambre: {
    name: "Agence de développement et d'urbanisme de la Sambre",
    shortName: "ADUS",
    kind: "association",
    department: "59",
    city: "Maubeuge",
  },
  paysCambresis: { name: "Pays du Cambrésis", kind: "autre", department: "59", city: "Cambrai" },

  /* Intercommunalities of the former Picardie, for the demo members. */
  amiensMetropole: { name: "Amiens Métropole", kind: "epci", department: "80", city: "Amiens" },
  caSaintQuentinois: {
    name: "Communauté d'agglomération du Saint-Quentinois",
    kind: "epci",
    department: "02",
    city: "Saint-Quentin",
  },
  caBeauvaisis: {
    name: "Communauté d'agglomération du Beauvaisis",
    kind: "epci",
    department: "60",
    city: "Beauvais",
  },
} satisfies Record<string, OrganisationSeed>;

export type OrganisationKey = keyof typeof organisations;
export const ORGANISATIONS: Record<OrganisationKey, OrganisationSeed> = organisations;
