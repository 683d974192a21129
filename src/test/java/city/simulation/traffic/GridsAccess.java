package city.simulation.traffic;

/** Lets tests in other packages generate the grids of {@link Grids}. */
public final class GridsAccess {

    private GridsAccess() {}

    public static String roadnet(int cols, int rows, double spacing, double clearance, double green) {
        return Grids.roadnet(cols, rows, spacing, clearance, green, true);
    }
}
