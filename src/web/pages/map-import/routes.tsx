// Routes of the map-import pages; App.tsx places them.
export function mapImportRoutes() {
  return <></>;
}
