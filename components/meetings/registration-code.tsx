import QRCode from "qrcode";

/**
 * A registration's code, to show at the door, with its QR code: an SVG drawn on the server, named for screen readers
 * by the code it carries. Personal: only ever rendered for the request of the person registered.
 */
export async function RegistrationCode({ code }: { code: string }) {
  const svg = await QRCode.toString(code, { type: "svg", margin: 2 });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-4">
      <div
        role="img"
        aria-label={`Code QR de l'inscription ${code}`}
        className="h-28 w-28 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p>
        Code d&apos;inscription : <strong className="font-mono text-lg tracking-wider">{code}</strong>
        <span className="block text-sm text-muted">À présenter à l&apos;accueil de la rencontre, à l&apos;écran ou imprimé.</span>
      </p>
    </div>
  );
}
