// Routes of the map pages; App.tsx places them.
export function mapRoutes() {
  return <></>;
}
